import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes the temporary files of ``AtomicFile`` when the process is
/// interrupted (Ctrl-C, `kill`), so that an interrupted run leaves the
/// previous exports as they were and no partial file beside them.
///
///     InterruptCleanup.install()   // once, at the start of the command
///
/// A file being written is registered for the time between its creation and
/// its rename; the signal handler unlinks what is registered (`unlink` is
/// async-signal-safe), restores the default action and raises the signal again.
/// A process killed with SIGKILL cannot clean up: ``removeStale(in:)`` does it
/// at the start of the next run.
///
/// While files are renamed over their targets (``whileCommitting(_:)``), a
/// signal waits: the renames all happen, then the process ends. So a set of
/// files committed together is seen whole, old or new, never half and half.
public enum InterruptCleanup {
    private static let capacity = 64
    /// Paths being written, as C strings; a nil slot is free. Read by the signal handler.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()
    private static let lock = NSLock()
    /// ``Phase`` as its raw value; changed by the committing thread and the signal handler.
    private static let phase = Atomic<Int>(Phase.running.rawValue)
    /// A signal that arrived while committing, raised when the commit is done (0: none).
    private static let pendingSignal = Atomic<Int32>(0)

    private enum Phase: Int {
        /// A signal cleans up and ends the process at once.
        case running
        /// Files are being renamed; a signal waits for the end of the commit.
        case committing
        /// A signal is cleaning up; the process is about to end.
        case ending
    }

    /// The signals that clean up before ending the process.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Installs the handler for SIGINT, SIGTERM, SIGHUP and SIGQUIT, and
    /// unblocks them on the calling thread: a parent that spawned us from a
    /// thread with signals blocked (as Dispatch's workers are) passes that
    /// mask on, and the signals would otherwise never arrive.
    public static func install() {
        _ = slots
        var set = sigset_t()
        sigemptyset(&set)
        for signalNumber in signals {
            signal(signalNumber, interruptHandler)
            sigaddset(&set, signalNumber)
        }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Registers a temporary file; returns its slot for ``unregister(_:)`` (nil when all are taken).
    static func register(_ path: String) -> Int? {
        lock.withLock {
            for index in 0..<capacity where slots[index] == nil {
                slots[index] = strdup(path)
                return index
            }
            return nil
        }
    }

    /// Forgets a temporary file that was renamed or removed.
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock {
            let path = slots[slot]
            slots[slot] = nil
            free(path)
        }
    }

    /// Removes temporary files that an earlier, killed run left in `folder`
    /// (`.graph.graphml.tmp-XXXXXX`).
    public static func removeStale(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.contains(".tmp-") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Runs `body`, which renames files, with signals held back until it returns;
    /// a signal that arrived meanwhile then ends the process. Commits run one at a time.
    public static func whileCommitting<Result>(_ body: () throws -> Result) rethrows -> Result {
        while true {
            let (entered, found) = phase.compareExchange(
                expected: Phase.running.rawValue, desired: Phase.committing.rawValue, ordering: .sequentiallyConsistent)
            if entered { break }
            if found == Phase.ending.rawValue {
                while true { pause() }  // the signal handler is ending the process: rename nothing more
            }
            sched_yield()  // another thread is committing
        }
        defer {
            phase.store(Phase.running.rawValue, ordering: .sequentiallyConsistent)
            let signalNumber = pendingSignal.exchange(0, ordering: .sequentiallyConsistent)
            if signalNumber != 0 { handle(signalNumber) }
        }
        return try body()
    }

    /// The signal handler: ends the process, or leaves the signal for the commit under way.
    fileprivate static func handle(_ signalNumber: Int32) {
        let (ending, found) = phase.compareExchange(
            expected: Phase.running.rawValue, desired: Phase.ending.rawValue, ordering: .sequentiallyConsistent)
        if ending {
            cleanUp(andRaise: signalNumber)
        } else if found == Phase.committing.rawValue {
            pendingSignal.store(signalNumber, ordering: .sequentiallyConsistent)
            // The commit may have ended before the store and missed the signal: take it back.
            if phase.load(ordering: .sequentiallyConsistent) == Phase.running.rawValue,
                pendingSignal.exchange(0, ordering: .sequentiallyConsistent) != 0
            {
                handle(signalNumber)
            }
        }
    }

    /// Unlinks every registered file, then ends the process as the signal would have.
    private static func cleanUp(andRaise signalNumber: Int32) {
        for index in 0..<capacity {
            if let path = slots[index] { unlink(path) }
        }
        signal(signalNumber, SIG_DFL)
        raise(signalNumber)
    }
}

private func interruptHandler(_ signalNumber: Int32) {
    InterruptCleanup.handle(signalNumber)
}
