/** The baseline of bench/startup.sh: a Java hello-world on the same JVM. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
