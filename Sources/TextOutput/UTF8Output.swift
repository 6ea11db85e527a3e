// The byte buffer both printers write into.

/// Printed UTF-8 bytes in one growable allocation: an append is a capacity check and a copy.
///
/// The printers write a few bytes at a time, millions of times per app; `[UInt8]` spends
/// most of that in its generic append paths and uniqueness checks. Not copyable, so the
/// storage has exactly one owner and is freed once.
///
/// ``string(capacity:_:)`` writes straight into a new string's storage: as long as the text
/// fits the capacity asked for, it is never copied.
public struct UTF8Output: ~Copyable {
  @usableFromInline var start: UnsafeMutablePointer<UInt8>
  @usableFromInline var capacity: Int
  /// The number of bytes written.
  public var count: Int { written }
  @usableFromInline var written = 0
  /// False while writing into storage lent by ``string(capacity:_:)``: never freed here.
  @usableFromInline var ownsStorage = true

  public init(capacity: Int = 4096) {
    self.capacity = max(capacity, 16)
    start = .allocate(capacity: self.capacity)
  }

  /// Writes into `buffer` (not owned) until it is full, then into storage of its own.
  init(writingInto buffer: UnsafeMutableBufferPointer<UInt8>) {
    start = buffer.baseAddress!
    capacity = buffer.count
    ownsStorage = false
  }

  deinit { if ownsStorage { start.deallocate() } }

  /// A string of what `write` writes, written straight into the string's storage, which
  /// holds `capacity` bytes (an estimate: text that outgrows it is moved to storage of the
  /// output's own and copied into the string at the end, as ``string()`` does).
  public static func string(capacity: Int, _ write: (consuming UTF8Output) -> UTF8Output) -> String {
    var outgrown: String?
    let text = String(unsafeUninitializedCapacity: max(capacity, 16)) { buffer in
      let output = write(UTF8Output(writingInto: buffer))
      guard !output.ownsStorage else {
        outgrown = output.string()
        return 0
      }
      return output.written
    }
    return outgrown ?? text
  }

  /// Makes room for `extra` more bytes.
  @inlinable @inline(__always)
  public mutating func reserve(_ extra: Int) {
    if written &+ extra > capacity { grow(toAtLeast: written &+ extra) }
  }

  @usableFromInline mutating func grow(toAtLeast minimum: Int) {
    let newCapacity = max(minimum, capacity &* 2)
    let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStart.update(from: start, count: written)
    if ownsStorage { start.deallocate() }
    start = newStart
    capacity = newCapacity
    ownsStorage = true
  }

  /// Appends one byte.
  @inlinable @inline(__always)
  public mutating func append(_ byte: UInt8) {
    reserve(1)
    start[written] = byte
    written &+= 1
  }

  /// Appends bytes.
  @inlinable
  public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (start + written).update(from: base, count: bytes.count)
    written &+= bytes.count
  }

  /// Appends literal text.
  @inlinable
  public mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends a string's UTF-8.
  @inlinable
  public mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends a substring's UTF-8.
  @inlinable
  public mutating func append(_ text: Substring) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends `count` copies of `byte` (indentation, alignment).
  @inlinable
  public mutating func append(repeating byte: UInt8, count repeats: Int) {
    guard repeats > 0 else { return }
    reserve(repeats)
    (start + written).update(repeating: byte, count: repeats)
    written &+= repeats
  }

  /// The index of the first byte at or after `start` for which `flag` holds. `flag` must be
  /// false for printable ASCII other than `"`, `\`, `$`, `%`, `{` and DEL: words of eight
  /// such bytes are skipped without asking it.
  @inlinable
  public static func firstFlagged(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, _ flag: (UInt8) -> Bool) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var index = start
    let raw = UnsafeRawPointer(base)
    while index &+ 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      if !mayNeedAttention(word) {
        index &+= 8
        continue
      }
      for offset in index..<(index &+ 8) where flag(base[offset]) { return offset }
      index &+= 8
    }
    while index < bytes.count {
      if flag(base[index]) { return index }
      index &+= 1
    }
    return nil
  }

  /// Whether any byte of `word` is a control byte, non-ASCII, DEL, `"`, `\`, `$`, `%` or `{`:
  /// the bytes some printer treats specially. False means all eight are plain.
  @inlinable @inline(__always)
  static func mayNeedAttention(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
    let below0x20 = (word &- ones &* 0x20) & ~word & highs
    let special =
      hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | hasZero(word ^ (ones &* 0x7B))
      | hasZero(word ^ (ones &* 0x7F)) | hasZero(word ^ (ones &* 0x24)) | hasZero(word ^ (ones &* 0x25))
    return (below0x20 | special | (word & highs)) != 0
  }

  /// The bytes written so far, as a string (the printers write valid UTF-8).
  public func string() -> String {
    String(unsafeUninitializedCapacity: written) { buffer in
      _ = buffer.initialize(from: UnsafeBufferPointer(start: start, count: written))
      return written
    }
  }
}
