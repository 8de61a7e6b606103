import { connect, type Socket } from "node:net";

export interface SmtpReply {
  code: number;
  text: string;
}

/** Just enough of an SMTP client to hold a dialogue with the development mailbox in tests. */
export class SmtpClient {
  private buffer = "";
  private lines: string[] = [];
  private readonly replies: SmtpReply[] = [];
  private readonly waiting: Array<(reply: SmtpReply) => void> = [];

  private constructor(private readonly socket: Socket) {
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => this.receive(chunk));
  }

  /** Connects and reads the greeting. */
  static async connect(
    port: number,
    host = "127.0.0.1",
  ): Promise<{ client: SmtpClient; greeting: SmtpReply }> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const opened = connect(port, host, () => resolve(opened));
      opened.once("error", reject);
    });
    const client = new SmtpClient(socket);
    return { client, greeting: await client.nextReply() };
  }

  /** Sends one command line and reads the reply. */
  command(line: string): Promise<SmtpReply> {
    this.socket.write(`${line}\r\n`);
    return this.nextReply();
  }

  /** Sends a message after `DATA` got 354: CRLF lines, dot-stuffed, ended by a lone dot. */
  data(message: string): Promise<SmtpReply> {
    const stuffed = message
      .split(/\r?\n/)
      .map((line) => (line.startsWith(".") ? `.${line}` : line))
      .join("\r\n");
    this.socket.write(`${stuffed}\r\n.\r\n`);
    return this.nextReply();
  }

  close(): void {
    this.socket.destroy();
  }

  private nextReply(): Promise<SmtpReply> {
    const reply = this.replies.shift();
    if (reply) return Promise.resolve(reply);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private receive(chunk: string) {
    this.buffer += chunk;
    let end = this.buffer.indexOf("\r\n");
    while (end >= 0) {
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      this.lines.push(line);
      // The last line of a reply has a space after the code; the others a dash.
      if (/^\d{3}( |$)/.test(line)) {
        const reply = { code: Number(line.slice(0, 3)), text: this.lines.join("\n") };
        this.lines = [];
        const waiter = this.waiting.shift();
        if (waiter) waiter(reply);
        else this.replies.push(reply);
      }
      end = this.buffer.indexOf("\r\n");
    }
  }
}
