package org.recflow.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.WebUtils;

/**
 * A request whose body has been read in full (within the limit) and can be read again, as often as needed: by the
 * idempotency check (which fingerprints it) and then by Spring MVC.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

    /** The body is longer than the limit; nothing of it is kept. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the body is longer than " + limit + " bytes", null);
        }
    }

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its body read, reusing a wrapper further out if there is one. */
    static CachedBodyRequest of(HttpServletRequest request, long limit) throws IOException {
        CachedBodyRequest cached = WebUtils.getNativeRequest(request, CachedBodyRequest.class);
        if (cached != null && request == cached) {
            return cached;
        }
        if (cached != null) {
            // another wrapper lies between: keep it, hand the cached bytes down below it
            return new CachedBodyRequest(request, cached.body);
        }
        if (request.getContentLengthLong() > limit) {
            throw new TooLarge(limit);
        }
        long declared = request.getContentLengthLong();
        if (declared >= 0) {
            // the usual case, a body with its length (within the limit, checked above): the container ends the
            // stream there, so one array of the body's size is read, not an 8 kB buffer and copies (issue 20)
            return new CachedBodyRequest(request, request.getInputStream().readNBytes((int) declared));
        }
        return new CachedBodyRequest(request, readAtMost(request.getInputStream(), limit));
    }

    /** Reads the whole stream, failing as soon as more than {@code limit} bytes came (a chunked body has no length). */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new TooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public int available() {
                return in.available();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                try {
                    listener.onAllDataRead();
                } catch (IOException e) {
                    listener.onError(e);
                }
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null || !Charset.isSupported(encoding) ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}
