// Account quotas: totals over every stack of the app in one Region, against `AccountQuotas`.

enum QuotaRules {
  static let all: [Rule] = [reservedConcurrency, provisionedConcurrency, tables]

  /// `orders 600, billing 500`: each stack's share of a total.
  static func shares(_ context: RuleContext, _ amount: (StackModel) -> Int) -> (total: Int, text: String) {
    let parts = context.stacksInRegion.map { ($0.name, amount($0)) }.filter { $0.1 > 0 }
    return (parts.reduce(0) { $0 + $1.1 }, parts.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
  }

  static let reservedConcurrency = Rule(
    "AQ001", .error, "Reserved concurrency of every stack in a Region leaves 100 of the account's concurrency unreserved",
    source: "1,000 concurrent executions per Region by default; 100 stay unreserved (override with App(quotas:)); https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html"
  ) { context in
    guard context.isLastInRegion else { return }
    let (total, text) = shares(context) { stack in stack.functions.compactMap(\.reservedConcurrency).reduce(0, +) }
    let available = context.quotas.lambdaConcurrency - CapacityRules.unreservedMinimum
    if total > available {
      context.reportStack(
        "functions in \(context.stack.region.code) reserve \(total) concurrent executions (\(text)); the account's \(context.quotas.lambdaConcurrency) leaves \(available) to reserve; lower them, or request an increase and declare it with `App(quotas: AccountQuotas(lambdaConcurrency:))`")
    }
  }

  static let provisionedConcurrency = Rule(
    "AQ002", .error, "Provisioned concurrency of every stack in a Region (at its auto scaling maximum) fits the account's concurrency",
    source: "provisioned concurrency counts against the Region's concurrency quota; https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html"
  ) { context in
    guard context.isLastInRegion else { return }
    let (total, text) = shares(context) { stack in
      let scalings = ModelIndex.scalings(of: stack)
      return stack.functions.reduce(0) { sum, function in
        sum + (scalings[.provisionedConcurrency(function.id)]?.max ?? function.alias?.provisionedConcurrency ?? 0)
      }
    }
    let available = context.quotas.lambdaConcurrency - CapacityRules.unreservedMinimum
    if total > available {
      context.reportStack(
        "functions in \(context.stack.region.code) may provision \(total) concurrent executions (\(text)); the account's \(context.quotas.lambdaConcurrency) leaves \(available); lower the maximums, or request an increase and declare it with `App(quotas:)`")
    }
  }

  static let tables = Rule(
    "AQ003", .error, "The app's tables in a Region fit the account's tables-per-Region quota",
    source: "2,500 tables per account and Region by default; https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html"
  ) { context in
    guard context.isLastInRegion else { return }
    let (total, text) = shares(context) { $0.tables.count }
    if total > context.quotas.tablesPerRegion {
      context.reportStack(
        "the app declares \(total) tables in \(context.stack.region.code) (\(text)); the account allows \(context.quotas.tablesPerRegion); request an increase and declare it with `App(quotas: AccountQuotas(tablesPerRegion:))`")
    }
  }
}
