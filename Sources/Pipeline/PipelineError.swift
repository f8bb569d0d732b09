import Inputs

/// Why a run stopped before writing its exports.
public enum PipelineError: Error, CustomStringConvertible {
    /// `--strict` and an input could not be read.
    case strictStop(InputError)
    /// An export could not be written.
    case exportFailed(ExportFormat, any Error)
    /// The written exports could not be renamed over the previous ones.
    case commitFailed(any Error)

    public var description: String {
        switch self {
        case .strictStop(let error): "\(error) (stopped: --strict)"
        case .exportFailed(let format, let error): "cannot write \(format.fileName): \(error)"
        case .commitFailed(let error): "cannot put the exports in place: \(error)"
        }
    }
}
