using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Brief.Print;

/// <summary>
/// A minimal Chrome DevTools Protocol client over a WebSocket: commands (optionally to a session) with their
/// replies matched by id, and events waited for by name. Just what printing needs, nothing more.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _awaitedEvents = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    public static async Task<DevToolsConnection> ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var connection = new DevToolsConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection._socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
        connection._receiving = Task.Run(connection.ReceiveLoop);
        return connection;
    }

    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, string? sessionId = null,
        CancellationToken cancellationToken = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        using var registration = cancellationToken.Register(() => reply.TrySetCanceled(cancellationToken));
        var response = await reply.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        if (response["error"] is JsonObject error)
        {
            throw new InvalidOperationException($"Chromium refused {method}: {error["message"]}");
        }
        return response["result"] as JsonObject ?? [];
    }

    /// <summary>Registers interest in the next event of this name in this session; await the task after the command that causes it.</summary>
    public Task<JsonObject> NextEvent(string method, string sessionId)
    {
        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _awaitedEvents[$"{sessionId}/{method}"] = waiter;
        return waiter.Task;
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }
                var json = JsonNode.Parse(message.GetBuffer().AsSpan(0, (int)message.Length)) as JsonObject;
                message.SetLength(0);
                Dispatch(json);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new InvalidOperationException("Chromium closed the DevTools connection."));
        }
    }

    private void Dispatch(JsonObject? json)
    {
        if (json is null)
        {
            return;
        }
        if (json["id"] is JsonValue idValue && _pending.TryRemove(idValue.GetValue<int>(), out var reply))
        {
            reply.TrySetResult(json);
        }
        else if (json["method"]?.GetValue<string>() is { } method
            && _awaitedEvents.TryRemove($"{json["sessionId"]?.GetValue<string>()}/{method}", out var waiter))
        {
            waiter.TrySetResult(json["params"] as JsonObject ?? []);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _receiving.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _socket.Dispose();
        _stop.Dispose();
    }
}
