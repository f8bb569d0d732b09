import Entities
import NewsGraphModel

/// Deployments: verbs and nouns of sending, moving or stationing forces.
extension DocumentExtraction {
    mutating func findDeployments() {
    }
}
