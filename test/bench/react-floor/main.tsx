// The dashboard bench's reference page: React 19 drawing the first screen's worth of rows with the same
// markers the bench waits for, and nothing else (no data, no core, no styles, no texts). Its time from
// navigation to those rows is what this machine's Chromium takes for React itself: no dashboard can be faster.
import { createRoot } from 'react-dom/client';

const ROWS = 12;

function Rows() {
  return (
    <div role="table" data-testid="token-table" aria-rowcount={ROWS + 1}>
      {Array.from({ length: ROWS }, (_, index) => (
        <div role="row" key={index} data-testid="token-row">
          Строка {index + 1}
        </div>
      ))}
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Rows />);
