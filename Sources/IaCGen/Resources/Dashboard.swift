// CloudWatch dashboards built from typed widgets.

/// A CloudWatch dashboard: widgets laid out left to right, top to bottom, 24 columns wide.
///
/// ```swift
/// Dashboard("operations", widgets: [
///   .text("## Audio service"),
///   .metrics("Upload latency", [MetricSpecification(namespace: "AWS/Lambda", name: "Duration",
///            dimensions: [MetricDimension("FunctionName", upload.functionName)])]),
///   .alarms("Alarms", uploadAlarms)])
/// ```
public struct Dashboard: Hashable, Codable, Sendable {
  public var id: ResourceID
  public var name: String?
  public var widgets: [Widget]
  public var location: SourceLocation

  public init(
    _ id: ResourceID, name: String? = nil, widgets: [Widget],
    fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column
  ) {
    self.id = id
    self.name = name
    self.widgets = widgets
    self.location = SourceLocation(fileID, filePath, line, column)
  }

  public var physicalName: String { name ?? id.rawValue }
}

/// A dashboard widget.
public struct Widget: Hashable, Codable, Sendable {
  public enum Content: Hashable, Codable, Sendable {
    case text(String)
    case metrics(title: String, metrics: [MetricSpecification], period: TimeSpan)
    case alarms(title: String, alarms: [ResourceID])
  }
  public var content: Content
  public var width: Int
  public var height: Int

  public init(_ content: Content, width: Int = 12, height: Int = 6) {
    self.content = content
    self.width = width
    self.height = height
  }

  /// Markdown text.
  public static func text(_ markdown: String, width: Int = 24, height: Int = 2) -> Widget { Widget(.text(markdown), width: width, height: height) }
  /// A time series of metrics.
  public static func metrics(_ title: String, _ metrics: [MetricSpecification], period: TimeSpan = .minutes(1), width: Int = 12, height: Int = 6) -> Widget {
    Widget(.metrics(title: title, metrics: metrics, period: period), width: width, height: height)
  }
  /// The state of alarms.
  public static func alarms(_ title: String, _ alarms: [Alarm], width: Int = 12, height: Int = 6) -> Widget {
    Widget(.alarms(title: title, alarms: alarms.map(\.id)), width: width, height: height)
  }
}

extension Dashboard {
  /// The dashboard body as CloudWatch takes it.
  var body: DefinitionNode {
    var x = 0
    var y = 0
    var rowHeight = 0
    var widgets: [DefinitionNode] = []
    for widget in self.widgets {
      if x + widget.width > 24 {
        x = 0
        y += rowHeight
        rowHeight = 0
      }
      var members: [DefinitionNode.Member] = []
      switch widget.content {
      case .text(let markdown):
        members.append(.init("type", .string("text")))
        members += position(x, y, widget)
        members.append(.init("properties", .object([.init("markdown", .string(StringValue(markdown)))])))
      case .metrics(let title, let metrics, let period):
        members.append(.init("type", .string("metric")))
        members += position(x, y, widget)
        members.append(.init("properties", .object([
          .init("title", .string(StringValue(title))),
          .init("region", .string(.region)),
          .init("view", .string("timeSeries")),
          .init("period", .int(period.seconds)),
          .init("metrics", .array(metrics.map { metric in
            .array(
              [.string(StringValue(metric.namespace)), .string(StringValue(metric.name))]
                + metric.dimensions.flatMap { [.string(StringValue($0.name)), .string($0.value)] }
                + [.object([.init("stat", .string(StringValue(metric.statistic)))])])
          })),
        ])))
      case .alarms(let title, let alarms):
        members.append(.init("type", .string("alarm")))
        members += position(x, y, widget)
        members.append(.init("properties", .object([
          .init("title", .string(StringValue(title))),
          .init("alarms", .array(alarms.map { .string(.reference(Reference(target: $0, kind: .alarm, attribute: .arn))) })),
        ])))
      }
      widgets.append(.object(members))
      x += widget.width
      rowHeight = max(rowHeight, widget.height)
    }
    return .object([.init("widgets", .array(widgets))])
  }

  private func position(_ x: Int, _ y: Int, _ widget: Widget) -> [DefinitionNode.Member] {
    [.init("x", .int(x)), .init("y", .int(y)), .init("width", .int(widget.width)), .init("height", .int(widget.height))]
  }
}
