/**
 * Values with units: parsing text such as {@code 140mM}, {@code -70 mV}, {@code 37C} or
 * {@code 1e/250A2} into SI doubles, and the unit tables of every kind of quantity. The one
 * place where units are known.
 */
package org.echem.units;
