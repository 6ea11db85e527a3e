// XXH64: a fast 64-bit hash of bytes, for the ownership marker's file fingerprints.

/// The XXH64 hash (seed 0) of `bytes`, as the reference implementation and `xxhsum -H64`
/// compute it. Not a cryptographic hash: it tells whether a file still holds the bytes
/// iacgen wrote, at several gigabytes a second.
func xxh64(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
  let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  let prime3: UInt64 = 0x1656_67B1_9E37_79F9
  let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
  let prime5: UInt64 = 0x27D4_EB2F_1656_67C5
  @inline(__always) func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 { (value << count) | (value >> (64 - count)) }
  @inline(__always) func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
    rotate(accumulator &+ input &* prime2, 31) &* prime1
  }
  @inline(__always) func merge(_ hash: UInt64, _ accumulator: UInt64) -> UInt64 {
    (hash ^ round(0, accumulator)) &* prime1 &+ prime4
  }
  @inline(__always) func word(_ offset: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }

  let count = bytes.count
  var offset = 0
  var hash: UInt64
  if count >= 32 {
    var v1 = prime1 &+ prime2
    var v2 = prime2
    var v3: UInt64 = 0
    var v4 = 0 &- prime1
    while offset + 32 <= count {
      v1 = round(v1, word(offset))
      v2 = round(v2, word(offset + 8))
      v3 = round(v3, word(offset + 16))
      v4 = round(v4, word(offset + 24))
      offset += 32
    }
    hash = rotate(v1, 1) &+ rotate(v2, 7) &+ rotate(v3, 12) &+ rotate(v4, 18)
    hash = merge(merge(merge(merge(hash, v1), v2), v3), v4)
  } else {
    hash = prime5
  }
  hash = hash &+ UInt64(count)
  while offset + 8 <= count {
    hash = rotate(hash ^ round(0, word(offset)), 27) &* prime1 &+ prime4
    offset += 8
  }
  if offset + 4 <= count {
    let half = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    hash = rotate(hash ^ (half &* prime1), 23) &* prime2 &+ prime3
    offset += 4
  }
  while offset < count {
    hash = rotate(hash ^ (UInt64(bytes[offset]) &* prime5), 11) &* prime1
    offset += 1
  }
  hash ^= hash >> 33
  hash = hash &* prime2
  hash ^= hash >> 29
  hash = hash &* prime3
  hash ^= hash >> 32
  return hash
}

/// The XXH64 hash of `text`'s UTF-8 bytes, read in place.
func xxh64(_ text: String) -> UInt64 {
  var text = text
  return text.withUTF8 { xxh64(UnsafeRawBufferPointer($0)) }
}

/// `value` as 16 lowercase hexadecimal digits.
func hexDigits(_ value: UInt64) -> String {
  let digits = String(value, radix: 16)
  return String(repeating: "0", count: 16 - digits.count) + digits
}
