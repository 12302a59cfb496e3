package rbs.compute;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import rbs.InputException;
import rbs.Location;

/**
 * The entries of a person table that did not fit in memory, on disk in partitions by person: all
 * entries of one person land in one partition, so each partition can later be counted on its own (a
 * person in several districts included) and the counts added up. Files in a private temporary
 * folder ({@code java.io.tmpdir}, owner-only), removed by {@link #close}; they hold each person and
 * slot encrypted (AES) under a random key of this spill's, which is never written and dies with it,
 * and months. The person in memory is the reader's pseudonym, a keyed permutation that is cheap
 * rather than strong: on disk it is encrypted once more, so the files tell nothing about anyone
 * without a key that exists only in the running process.
 *
 * <p>A record: one AES block (the person, the slot, four zero bytes that must come back zero), the
 * number of aggregates with months, then per such aggregate its index and its months.
 */
final class PersonSpill implements AutoCloseable {

  /** Partitions: a table of n entries comes back as 64 tables of about n / 64. */
  static final int PARTITIONS = 64;

  private static final int BUFFER = 16 * 1024;

  private static final int BLOCK = 16;

  private final Path dir;
  private final DataOutputStream[] out = new DataOutputStream[PARTITIONS];
  private final long[] records = new long[PARTITIONS];
  private final Cipher encrypt;
  private final Cipher decrypt;
  private final ByteBuffer plain = ByteBuffer.allocate(BLOCK);
  private final byte[] block = new byte[BLOCK];

  // a record's person and slot are one block, so ECB is a keyed permutation of that block: what is
  // wanted. Equal blocks show only the same person and slot written twice (in two spill rounds), as
  // equal pseudonyms did before; no pattern within a value can show
  @SuppressWarnings("InsecureCipherMode")
  PersonSpill() {
    try {
      KeyGenerator keys = KeyGenerator.getInstance("AES");
      keys.init(128, new SecureRandom());
      SecretKey key = keys.generateKey();
      encrypt = Cipher.getInstance("AES/ECB/NoPadding");
      encrypt.init(Cipher.ENCRYPT_MODE, key);
      decrypt = Cipher.getInstance("AES/ECB/NoPadding");
      decrypt.init(Cipher.DECRYPT_MODE, key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/ECB/NoPadding is part of every JDK", e);
    }
    try {
      dir = Files.createTempDirectory("rbs-persons-");
      // a run stopped by SIGTERM or Ctrl-C skips close(): Java deletes these as it exits (files
      // first, as they were registered after the folder)
      dir.toFile().deleteOnExit();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** The partition of a person: other bits of the pseudonym than the table's slots use. */
  static int partition(long person) {
    return (int) ((person * 0xC2B2AE3D27D4EB4FL) >>> 58);
  }

  /** Writes one entry: {@code months[from .. from + aggregates)} are its aggregates' months. */
  void write(long person, int slot, int[] months, int from, int aggregates) {
    int p = partition(person);
    try {
      DataOutputStream o = out[p];
      if (o == null) {
        o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(p)), BUFFER));
        file(p).toFile().deleteOnExit();
        out[p] = o;
      }
      int used = 0;
      for (int a = 0; a < aggregates; a++) {
        used += months[from + a] != 0 ? 1 : 0;
      }
      plain.clear();
      plain.putLong(person).putInt(slot).putInt(0);
      encrypt.update(plain.array(), 0, BLOCK, block, 0);
      o.write(block);
      o.writeShort(used);
      for (int a = 0; a < aggregates; a++) {
        if (months[from + a] != 0) {
          o.writeShort(a);
          o.writeInt(months[from + a]);
        }
      }
      records[p]++;
    } catch (IOException e) {
      throw failed(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("one AES block is always one block", e);
    }
  }

  /** The private folder of the files. */
  Path folder() {
    return dir;
  }

  /** Records written so far. */
  long records() {
    return Arrays.stream(records).sum();
  }

  /**
   * Reads one partition back into a table of its own (entries written in several rounds joined),
   * then deletes its file. Call after the last {@link #write}.
   */
  PersonMonths read(int p, int aggregates) {
    PersonMonths table = new PersonMonths(aggregates);
    if (out[p] == null) {
      return table;
    }
    try {
      out[p].close();
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file(p)), BUFFER))) {
        for (long r = 0; r < records[p]; r++) {
          in.readFully(block);
          decrypt.update(block, 0, BLOCK, plain.array(), 0);
          plain.clear();
          long person = plain.getLong();
          int slot = plain.getInt();
          if (plain.getInt() != 0) {
            throw new IOException("a record of " + file(p) + " is not what was written");
          }
          int used = in.readShort();
          int entry = table.entry(person, slot);
          for (int i = 0; i < used; i++) {
            int a = in.readShort();
            table.add(entry, a, in.readInt());
          }
        }
      }
      Files.delete(file(p));
    } catch (IOException e) {
      throw failed(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("one AES block is always one block", e);
    }
    return table;
  }

  private Path file(int p) {
    return dir.resolve("p" + p);
  }

  /** Closes and deletes every file and the folder; what cannot be deleted is left to the OS. */
  @Override
  public void close() {
    for (DataOutputStream o : out) {
      if (o != null) {
        try {
          o.close();
        } catch (IOException e) {
          // deleting follows; nothing in it is needed any more
        }
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary folder the OS clears; its pseudonyms are under a key that is gone
    }
  }

  private InputException failed(IOException e) {
    String where = dir == null ? System.getProperty("java.io.tmpdir") : dir.toString();
    return InputException.unavailable(
        Location.of(where),
        "cannot keep the persons that do not fit in memory on disk here ("
            + InputException.reason(e)
            + "); point java.io.tmpdir at a folder with room (RBS_JAVA_OPTS=-Djava.io.tmpdir=DIR)"
            + " or give Java more memory (RBS_JAVA_OPTS=-Xmx2g)");
  }
}
