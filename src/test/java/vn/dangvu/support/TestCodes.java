package vn.dangvu.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers for document codes ("1234-CTr/ĐU") that no two tests share: scenarios of several classes write codes for the
 * same units of the one demo city, and random numbers from overlapping ranges collided now and then (409, code taken).
 */
public final class TestCodes {

    private static final AtomicInteger NEXT = new AtomicInteger(1000);

    private TestCodes() {}

    public static int next() {
        return NEXT.incrementAndGet();
    }
}
