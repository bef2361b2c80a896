package io.github.sagemakercdk.processor;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The string constants of a class file ({@code CONSTANT_String} entries of its constant pool): what the compiled
 * code really holds, whatever the encoding and escaping of the source it came from.
 */
final class ClassFileStrings {
  private ClassFileStrings() {}

  static Set<String> of(Path classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(classFile)));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException(classFile + " is not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    Map<Integer, String> utf8 = new HashMap<>();
    List<Integer> stringIndexes = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8.put(i, in.readUTF()); // modified UTF-8, as readUTF reads it
        case 8 -> stringIndexes.add(in.readUnsignedShort());
        case 7, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // longs and doubles take two slots
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
      }
    }
    Set<String> strings = new TreeSet<>();
    stringIndexes.forEach(index -> strings.add(utf8.get(index)));
    return strings;
  }
}
