import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HandbookApp } from './HandbookApp';
import { registerServiceWorker } from './offline';
import './handbook.css';

const root = document.getElementById('root');
if (!root) throw new Error('handbook.html has no #root element');

registerServiceWorker();
createRoot(root).render(
  <StrictMode>
    <HandbookApp />
  </StrictMode>,
);
