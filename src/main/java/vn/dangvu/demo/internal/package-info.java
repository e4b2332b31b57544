/** The generator of the demo city and the runner that seeds it at start-up. */
@NullMarked
package vn.dangvu.demo.internal;

import org.jspecify.annotations.NullMarked;
