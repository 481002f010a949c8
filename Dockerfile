# Build: a static, pure-Go binary (modernc SQLite needs no cgo).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/detente ./cmd/detente \
 && mkdir -p /out/data

# Run: distroless, non-root; the data directory is a volume.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/detente /usr/local/bin/detente
# The volume must be writable by the nonroot user (uid 65532).
COPY --from=build --chown=65532:65532 /out/data /data
ENV DETENTE_DATA_DIR=/data DETENTE_LISTEN=:8080
VOLUME ["/data"]
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/detente"]
CMD ["serve"]
