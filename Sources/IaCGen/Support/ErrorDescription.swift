// Errors as one plain line for a diagnostic, instead of Foundation's NSError dump.

import Foundation

/// A Foundation file or system error as its plain reason ("No such file or directory", "The
/// data is not in the correct format: Unexpected end of file"), with the path it names; any
/// other error as it describes itself. For iacgen's own messages (package access: not part of
/// the DSL a stack package sees).
package func plainDescription(of thrown: Error) -> String {
  let error = thrown as NSError
  switch error.domain {
  case NSPOSIXErrorDomain:
    return String(cString: strerror(Int32(error.code)))
  case NSCocoaErrorDomain:
    var reason: String
    if let underlying = (error.userInfo[NSUnderlyingErrorKey] as? Error).map({ $0 as NSError }), underlying.domain == NSPOSIXErrorDomain {
      reason = String(cString: strerror(Int32(underlying.code)))
    } else {
      reason = (error.userInfo[NSLocalizedDescriptionKey] as? String) ?? error.localizedDescription
      let prefix = "The operation could not be completed. "
      if reason.hasPrefix(prefix) { reason.removeFirst(prefix.count) }
      if let detail = error.userInfo["NSDebugDescription"] as? String, !detail.isEmpty {
        reason = (reason.hasSuffix(".") ? String(reason.dropLast()) : reason) + ": " + detail
      }
    }
    if let path = error.userInfo[NSFilePathErrorKey] as? String { reason += " (\(path))" }
    return reason
  default:
    return String(describing: thrown)
  }
}
