package dev.explainer.render;

/** Told how far rendering is, for a progress bar; called from the rendering threads. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(int total) {
        }

        @Override
        public void advance() {
        }
    };

    /** Rendering starts, with about {@code total} files to go. */
    void start(int total);

    /** One more file is done (drawn or kept). */
    void advance();
}
