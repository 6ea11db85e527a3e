// Durations in whole seconds, as AWS settings take them.

/// A duration in whole seconds: `.seconds(20)`, `.minutes(15)`, `.days(14)`.
public struct TimeSpan: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public var seconds: Int
  public init(seconds: Int) { self.seconds = seconds }

  public static func seconds(_ value: Int) -> TimeSpan { TimeSpan(seconds: value) }
  public static func minutes(_ value: Int) -> TimeSpan { TimeSpan(seconds: value * 60) }
  public static func hours(_ value: Int) -> TimeSpan { TimeSpan(seconds: value * 3600) }
  public static func days(_ value: Int) -> TimeSpan { TimeSpan(seconds: value * 86_400) }
  public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.seconds < rhs.seconds }

  /// `"900 s"`: the form diagnostics use.
  public var description: String { "\(seconds) s" }
}
