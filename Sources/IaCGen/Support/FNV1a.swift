// A fast, stable hash of text: resource IDs' fingerprints, content-derived names.

/// The FNV-1a 64-bit hash of `text`'s UTF-8 bytes: the same on every machine and run.
func fnv1a(_ text: String) -> UInt64 {
  var text = text
  return text.withUTF8 { bytes in
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }
}
