package rbs.compute;

import java.io.IOException;

/**
 * A process whose person table has gone to disk and that then waits, so that a test can stop it
 * with SIGTERM at that moment: prints the spill folder, then "waiting".
 */
public final class SpillingChild {

  private SpillingChild() {}

  public static void main(String[] args) throws IOException {
    PersonMonths table = new PersonMonths(2, 10);
    for (long person = 1; person <= 1000; person++) {
      table.add(table.entry(person * 0x9E3779B97F4A7C15L, 0), 1, 1);
    }
    System.out.println(table.spillFolder().orElseThrow());
    System.out.println("waiting");
    System.out.flush();
    System.in.read(); // until stopped (the test never writes)
    table.close();
  }
}
