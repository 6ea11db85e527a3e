// A reference interpolated into a plain Swift String: a compiler warning at the interpolation,
// and the error APP004 at that line when the text reaches a stack.

import Foundation

extension DefaultStringInterpolation {
  /// A `StringValue` in a plain `String` keeps its literal text; a reference or deployment
  /// value in it cannot be kept, so it becomes a placeholder that APP004 reports.
  @available(
    *, deprecated,
    message: "a plain String cannot carry a reference; interpolate it where a StringValue is expected (StringValue(\"...\\(value)...\")), or iacgen reports APP004 here"
  )
  public mutating func appendInterpolation(
    _ value: StringValue, fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line,
    column: UInt = #column
  ) {
    if let literal = value.literal {
      appendLiteral(literal)
    } else {
      appendLiteral(ReferencesInStrings.shared.placeholder(for: value, at: SourceLocation(fileID, filePath, line, column)))
    }
  }

  /// A `Reference` in a plain `String`: a placeholder that APP004 reports.
  @available(
    *, deprecated,
    message: "a plain String cannot carry a reference; interpolate it where a StringValue is expected (StringValue(\"...\\(value)...\")), or iacgen reports APP004 here"
  )
  public mutating func appendInterpolation(
    _ reference: Reference, fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line,
    column: UInt = #column
  ) {
    appendInterpolation(StringValue.reference(reference), fileID: fileID, filePath: filePath, line: line, column: column)
  }
}

/// Every reference a stack program interpolated into a plain String, with where it did so.
/// Each leaves a numbered placeholder in the String; the app rule APP004 looks for the
/// placeholders in the model and reports the ones that reached it.
final class ReferencesInStrings: @unchecked Sendable {
  static let shared = ReferencesInStrings()

  /// One interpolation: what was interpolated, and where.
  struct Entry {
    var value: StringValue
    var location: SourceLocation
    /// The text the String holds instead of the reference.
    var placeholder: String
  }

  private let lock = NSLock()
  private var recorded: [Entry] = []

  /// Records `value` interpolated at `location` and returns its placeholder text (no '/',
  /// which JSON may escape, and closed so that #1 is not a prefix of #10).
  func placeholder(for value: StringValue, at location: SourceLocation) -> String {
    lock.withLock {
      let placeholder = "[iacgen: reference in a plain String #\(recorded.count + 1)]"
      recorded.append(Entry(value: value, location: location, placeholder: placeholder))
      return placeholder
    }
  }

  /// What has been recorded so far (nothing in a program that interpolates no reference).
  var entries: [Entry] { lock.withLock { recorded } }
}
