// Waits forever, as a stack program stuck in a loop or a wait does.
import Foundation

print("waiting for something that never comes")
while true { Thread.sleep(forTimeInterval: 1) }
