// Rules for CloudWatch dashboards.

enum DashboardRules {
  static let all: [Rule] = [widgets]

  static let widgets = Rule(
    "CW004", .error, "Dashboards: names of 1-255 letters, digits, '-' and '_'; 1-500 widgets, 1-24 columns wide, 1-1000 rows high",
    source: "PutDashboard; dashboard body structure; https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html"
  ) { context in
    for dashboard in context.stack.dashboards {
      let name = dashboard.physicalName
      var problems: [String] = []
      if !(1...255).contains(name.count) || !name.unicodeScalars.allSatisfy({ isASCIILetter($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) {
        problems.append("name '\(name)' (1 to 255 letters, digits, '-' and '_')")
      }
      if !(1...500).contains(dashboard.widgets.count) { problems.append("\(dashboard.widgets.count) widgets (1 to 500)") }
      for widget in dashboard.widgets where !(1...24).contains(widget.width) || !(1...1_000).contains(widget.height) {
        problems.append("a \(widget.width) x \(widget.height) widget (1 to 24 wide, 1 to 1000 high)")
      }
      if !problems.isEmpty {
        context.report("dashboard '\(dashboard.id)' has \(problems.joined(separator: ", "))", about: .dashboard(dashboard))
      }
    }
  }
}
