package vn.dangvu.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy between the application's connection pool and PostgreSQL that can play a database restart: {@link
 * #cut()} resets every open connection and refuses new ones (each is reset as soon as it is accepted, as a closed
 * port answers) until {@link #resume()}.
 */
final class DatabaseProxy implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "database-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile boolean refusing;

    private DatabaseProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    /** Starts a proxy on a free local port in front of {@code host:port}. */
    static DatabaseProxy to(String host, int port) throws IOException {
        return new DatabaseProxy(new InetSocketAddress(host, port));
    }

    int port() {
        return server.getLocalPort();
    }

    /** The database "goes down": every open connection is reset and new ones are refused. */
    void cut() {
        refusing = true;
        for (Socket socket : open) {
            reset(socket);
        }
        open.clear();
    }

    /** The database is back. */
    void resume() {
        refusing = false;
    }

    int accepted() {
        return accepted.get();
    }

    int refused() {
        return refused.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            if (refusing) {
                refused.incrementAndGet();
                reset(client);
                continue;
            }
            try {
                Socket upstream = new Socket();
                upstream.connect(target, 5_000);
                open.add(client);
                open.add(upstream);
                if (refusing) {
                    // cut while this connection was being opened
                    reset(client);
                    reset(upstream);
                    continue;
                }
                accepted.incrementAndGet();
                threads.execute(() -> pipe(client, upstream));
                threads.execute(() -> pipe(upstream, client));
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ended) {
            // the other side closed, or the connection was cut: both ends go
        } finally {
            reset(from);
            reset(to);
        }
    }

    /** Closes with a reset (no orderly shutdown), as a crashed or restarted server leaves its clients. */
    private void reset(Socket socket) {
        open.remove(socket);
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException alreadyClosed) {
            // nothing to reset
        }
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // closed is what is wanted
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cut();
        threads.shutdownNow();
    }
}
