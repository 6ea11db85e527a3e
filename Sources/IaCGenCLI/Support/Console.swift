// Where the CLI writes its text.

import Foundation

/// Standard output and standard error, replaceable in tests.
struct Console {
  var out: (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }
  var err: (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
}
