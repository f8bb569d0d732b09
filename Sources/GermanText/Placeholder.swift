// Placeholder until the module is written; replaced by its owner.
enum GermanTextPlaceholder {}
