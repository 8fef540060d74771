using System.Net.Sockets;

namespace Hyperdual.Distributed.Hosting;

/// <summary>Turns the exception a silo or client start threw into one line: the innermost socket error when there is
/// one (a port taken, a connection refused), else the innermost message's first line.</summary>
internal static class StartFailure
{
    public static string Describe(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.AddressAlreadyInUse => "the port is already in use",
                    SocketError.ConnectionRefused => "the connection was refused",
                    SocketError.TimedOut => "the connection timed out",
                    _ => FirstLine(socket.Message),
                };
            }
        }

        Exception innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return FirstLine(innermost.Message);
    }

    public static string FirstLine(string text)
    {
        int end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).TrimEnd('.');
    }
}
