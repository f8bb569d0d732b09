import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The cores this process may run on (its CPU affinity), read and narrowed:
/// what lets `bench --pin` measure one job on one core.
///
///     try CoreAffinity.restrict(to: 1)
///     CoreAffinity.count  // 1
///
/// glibc's `sched_getaffinity` and `sched_setaffinity` are not in its Swift
/// module; they are looked up by name. Where they are missing (not Linux),
/// ``count`` is the number of active processors and ``restrict(to:)`` fails.
enum CoreAffinity {
    /// A failure to narrow the cores.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// How many cores this process may run on.
    static var count: Int {
        #if canImport(Glibc)
            if let mask = currentMask() { return mask.reduce(0) { $0 + $1.nonzeroBitCount } }
        #endif
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// Lets this process (every thread it starts from now on, and the calling
    /// thread) run only on the first `cores` of the cores it may run on now.
    static func restrict(to cores: Int) throws {
        #if canImport(Glibc)
            guard var mask = currentMask(), let setAffinity = call("sched_setaffinity") else {
                throw Failure(description: "the cores this process runs on cannot be read or set here")
            }
            let available = mask.reduce(0) { $0 + $1.nonzeroBitCount }
            guard cores >= 1, cores <= available else {
                throw Failure(description: "cannot run on \(cores) cores: this process may use \(available)")
            }
            var kept = 0
            for byte in mask.indices {
                for bit in 0..<8 where mask[byte] & (1 << bit) != 0 {
                    if kept == cores { mask[byte] &= ~(1 << bit) } else { kept += 1 }
                }
            }
            let status = mask.withUnsafeMutableBytes { setAffinity(0, $0.count, $0.baseAddress!) }
            guard status == 0 else { throw Failure(description: "sched_setaffinity failed (errno \(errno))") }
        #else
            throw Failure(description: "pinning to cores is supported on Linux only")
        #endif
    }

    #if canImport(Glibc)
        /// `sched_getaffinity` and `sched_setaffinity`: pid (0: this thread), mask size in bytes, mask.
        private typealias AffinityCall = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32

        private static func call(_ name: String) -> AffinityCall? {
            dlsym(nil, name).map { unsafeBitCast($0, to: AffinityCall.self) }
        }

        /// The current mask, one bit a core, as bytes; nil when it cannot be read.
        private static func currentMask() -> [UInt8]? {
            guard let getAffinity = call("sched_getaffinity") else { return nil }
            var mask = [UInt8](repeating: 0, count: MemoryLayout<cpu_set_t>.size)
            let status = mask.withUnsafeMutableBytes { getAffinity(0, $0.count, $0.baseAddress!) }
            return status == 0 ? mask : nil
        }
    #endif
}
