package dev.explainer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void drawsAtMostTenTimesASecondAndWipesItself() throws InterruptedException {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err));
        bar.start(4);
        bar.advance();
        assertEquals("", err.toString(), "not yet: the first draw waits 100 ms");
        Thread.sleep(120);
        bar.advance();
        bar.advance();
        assertEquals("\rrendering [###############               ] 2/4", err.toString());
        bar.clear();
        assertEquals("\rrendering [###############               ] 2/4\r\033[K", err.toString());
    }
}
