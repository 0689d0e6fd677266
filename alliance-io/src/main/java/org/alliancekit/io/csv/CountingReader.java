package org.alliancekit.io.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.alliancekit.io.ReadProgress;

/**
 * A reader that counts the lines passing through it and tells a {@link ReadProgress} every {@value
 * ReadProgress#EVERY} lines and when it is closed. The count is shared by every file of one read
 * ({@link Count}); the characters pass through unchanged.
 */
final class CountingReader extends FilterReader {
  /** The lines read over every file of one read; used by one thread. */
  static final class Count {
    private final ReadProgress progress;
    private long lines;
    private long reported;

    Count(ReadProgress progress) {
      this.progress = progress;
    }

    /** Opens a counting reader over a file's text. */
    Reader count(Reader in, String file) {
      return new CountingReader(in, file, this);
    }

    private void add(String file, long more) {
      lines += more;
      if (lines / ReadProgress.EVERY > reported / ReadProgress.EVERY) {
        report(file);
      }
    }

    private void report(String file) {
      reported = lines;
      progress.linesRead(file, lines);
    }
  }

  private final String file;
  private final Count count;
  private boolean closed;

  private CountingReader(Reader in, String file, Count count) {
    super(in);
    this.file = file;
    this.count = count;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c == '\n') {
      count.add(file, 1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    long lines = 0;
    for (int i = offset; i < offset + read; i++) {
      if (buffer[i] == '\n') {
        lines++;
      }
    }
    if (lines > 0) {
      count.add(file, lines);
    }
    return read;
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      count.report(file);
    }
    super.close();
  }
}
