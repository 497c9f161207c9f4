using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LivcR.Support.Bench;

/// <summary>
/// One keep-alive HTTP/1.1 connection that posts JSON and reads the whole response: the load generator's client.
/// </summary>
/// <remarks>
/// The load generator shares the two cores with the system it measures, so its own cost is kept small: request headers
/// are prepared once, bodies are written with <see cref="System.Text.Json.Utf8JsonWriter"/> into a reused buffer, and the
/// response is read into a reused buffer (Content-Length or chunked). It speaks plain HTTP/1.1 over loopback TCP to the
/// same Kestrel endpoint any client uses; nothing on the server side is bypassed.
/// </remarks>
internal sealed class RawHttpConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _headerPrefix;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    private RawHttpConnection(Socket socket, byte[] headerPrefix)
    {
        _socket = socket;
        _headerPrefix = headerPrefix;
    }

    /// <summary>Connects to <paramref name="address"/> (an http:// loopback URL) for POSTs to <paramref name="path"/> with a bearer token.</summary>
    public static async Task<RawHttpConnection> ConnectAsync(Uri address, string path, string token)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(address.Host), address.Port));
        var prefix = Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ");
        return new RawHttpConnection(socket, prefix);
    }

    /// <summary>Posts <paramref name="json"/>; returns the status code and the response body (valid until the next call).</summary>
    public async Task<(int Status, ReadOnlyMemory<byte> Body)> PostAsync(ReadOnlyMemory<byte> json)
    {
        var length = json.Length.ToString(CultureInfo.InvariantCulture);
        var request = ArrayPool<byte>.Shared.Rent(_headerPrefix.Length + length.Length + 4 + json.Length);
        try
        {
            _headerPrefix.CopyTo(request, 0);
            var at = _headerPrefix.Length;
            at += Encoding.ASCII.GetBytes(length, 0, length.Length, request, at);
            "\r\n\r\n"u8.CopyTo(request.AsSpan(at));
            at += 4;
            json.Span.CopyTo(request.AsSpan(at));
            at += json.Length;
            var sent = 0;
            while (sent < at)
            {
                sent += await _socket.SendAsync(request.AsMemory(sent, at - sent), SocketFlags.None);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(request);
        }

        return await ReadResponseAsync();
    }

    /// <inheritdoc />
    public void Dispose() => _socket.Dispose();

    private async Task<(int Status, ReadOnlyMemory<byte> Body)> ReadResponseAsync()
    {
        // Headers: up to the blank line.
        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8)) < 0)
        {
            await FillAsync();
        }

        var headers = Encoding.ASCII.GetString(_buffer, _start, headerEnd);
        _start += headerEnd + 4;
        var status = int.Parse(headers.AsSpan(9, 3), CultureInfo.InvariantCulture);
        var contentLength = -1;
        var chunked = false;
        foreach (var line in headers.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line.AsSpan(15).Trim(), CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) && line.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                chunked = true;
            }
        }

        if (!chunked)
        {
            var size = Math.Max(0, contentLength);
            while (_end - _start < size)
            {
                await FillAsync();
            }

            var body = _buffer.AsMemory(_start, size);
            _start += size;
            return (status, body);
        }

        // Chunked: gather the chunks into one contiguous body.
        var collected = new ArrayBufferWriter<byte>();
        while (true)
        {
            int lineEnd;
            while ((lineEnd = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
            {
                await FillAsync();
            }

            var sizeText = Encoding.ASCII.GetString(_buffer, _start, lineEnd).Split(';')[0].Trim();
            var chunk = int.Parse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            _start += lineEnd + 2;
            while (_end - _start < chunk + 2)
            {
                await FillAsync();
            }

            if (!_buffer.AsSpan(_start + chunk, 2).SequenceEqual("\r\n"u8))
            {
                // A trailer or a malformed chunk: reading on would mix this response with the next one.
                throw new IOException("Unexpected bytes after a chunk (trailers are not supported).");
            }

            collected.Write(_buffer.AsSpan(_start, chunk));
            _start += chunk + 2;
            if (chunk == 0)
            {
                return (status, collected.WrittenMemory);
            }
        }
    }

    private async Task FillAsync()
    {
        if (_start > 0 && _start == _end)
        {
            _start = _end = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            else
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None);
        if (read == 0)
        {
            throw new IOException("The server closed the connection.");
        }

        _end += read;
    }
}
