// The baseline for the terminal figures, started in the same pseudo-terminal
// harness as hld: bare Node prints `marker` at once (its "first frame"), then
// waits. With --echo it reads keys in raw mode and redraws its line with
// everything typed on it so far (Enter starts a new line), the least a screen
// can do for a keystroke.
const [marker = 'ready', mode] = process.argv.slice(2);

process.stdout.write(`${marker}\r\n`);
if (mode === '--echo' && process.stdin.isTTY) {
  process.stdin.setRawMode(true);
  let line = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (keys) => {
    for (const key of keys) {
      if (key === '\r') {
        process.stdout.write('\r\n');
        line = '';
      } else line += key;
    }
    process.stdout.write(`\r\x1b[2K${line}`);
  });
} else {
  process.stdin.resume();
}
