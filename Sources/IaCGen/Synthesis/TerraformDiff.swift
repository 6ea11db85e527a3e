// What a new synthesis changes in the Terraform modules: resources added, removed and changed,
// and the changes that replace a stateful resource.

import JSONSyntax

/// The resource blocks of a `main.tf` iacgen printed, by address, each as its top-level
/// arguments and nested blocks (text with spacing normalised, so that `terraform fmt`'s
/// alignment does not count as a change). It reads iacgen's own printing only: one block a
/// line at column 0, arguments two spaces in, no heredocs.
struct GeneratedModuleReader {
  struct Resource {
    var type: String
    var name: String
    /// Each top-level argument or nested block: its name and its text.
    var items: [(key: String, text: String)]
  }

  var resources: [Resource] = []

  init(_ text: String) {
    var current: Resource?
    var item: (key: String, lines: [String])?
    func finishItem() {
      if let done = item { current?.items.append((done.key, done.lines.joined(separator: "\n"))) }
      item = nil
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil {
        // `resource "aws_sqs_queue" "primary" {`
        guard line.hasPrefix("resource \""), line.hasSuffix("{") else { continue }
        let parts = line.split(separator: "\"")
        guard parts.count >= 4 else { continue }
        current = Resource(type: String(parts[1]), name: String(parts[3]), items: [])
        continue
      }
      if line == "}" {
        finishItem()
        resources.append(current!)
        current = nil
        continue
      }
      let normalised = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
      if line.hasPrefix("  "), !line.hasPrefix("   "), let first = line.dropFirst(2).first, first != "}", first != "]", first != ")" {
        if first == "#" { continue }  // checkov suppressions are not resource changes
        finishItem()
        let key = line.dropFirst(2).prefix { $0 != " " && $0 != "=" && $0 != "{" }
        item = (String(key), [normalised])
      } else {
        item?.lines.append(normalised)
      }
    }
  }
}

/// The changes from `old` to `new` Terraform modules (`terraform/<stack>/main.tf` -> text), by
/// file, then in the new module's order, removed resources last. Resource kinds with data
/// (``StatefulTypes``) are flagged when removed, or when an argument whose change forces
/// Terraform to replace them changes.
public func diffModules(old: [String: String], new: [String: String]) -> [ResourceChange] {
  var changes: [ResourceChange] = []
  for file in Set(old.keys).union(new.keys).sorted() {
    let before = GeneratedModuleReader(old[file] ?? "").resources
    let after = GeneratedModuleReader(new[file] ?? "").resources
    for resource in after {
      let address = resource.type + "." + resource.name
      guard let previous = before.first(where: { $0.type == resource.type && $0.name == resource.name }) else {
        changes.append(ResourceChange(template: file, logicalID: address, type: resource.type, kind: .added))
        continue
      }
      var changed: [String] = []
      for key in previous.items.map(\.key) + resource.items.map(\.key) where !changed.contains(key) {
        if previous.items.filter({ $0.key == key }).map(\.text) != resource.items.filter({ $0.key == key }).map(\.text) { changed.append(key) }
      }
      guard !changed.isEmpty else { continue }
      changed.sort()
      let replacing = changed.filter { StatefulTypes.replacingProperties[resource.type]?.contains($0) ?? false }
      changes.append(ResourceChange(template: file, logicalID: address, type: resource.type, kind: .changed(properties: changed, replacing: replacing)))
    }
    for resource in before where !after.contains(where: { $0.type == resource.type && $0.name == resource.name }) {
      changes.append(ResourceChange(template: file, logicalID: resource.type + "." + resource.name, type: resource.type, kind: .removed))
    }
  }
  return changes
}

/// The changes between two outputs' files: CloudFormation templates and Terraform modules.
public func diffOutputs(old: [OutputFile], new: [OutputFile]) -> [ResourceChange] {
  func templates(_ files: [OutputFile]) -> [String: String] {
    Dictionary(files.filter { $0.path.hasPrefix("cloudformation/") && $0.path.hasSuffix(".template.json") }.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
  }
  func modules(_ files: [OutputFile]) -> [String: String] {
    Dictionary(files.filter { $0.path.hasPrefix("terraform/") && $0.path.hasSuffix("/main.tf") }.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
  }
  let parse = { (texts: [String: String]) in texts.compactMapValues { try? JSON.Value(parsing: $0) } }
  return diffTemplates(old: parse(templates(old)), new: parse(templates(new))) + diffModules(old: modules(old), new: modules(new))
}
