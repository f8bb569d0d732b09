import Testing

// Placeholder until the module's tests are written; replaced by their owner.
