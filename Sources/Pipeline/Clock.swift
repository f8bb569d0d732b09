import Foundation

/// Seconds elapsed since `start`, from a monotonic clock.
func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000_000
}
