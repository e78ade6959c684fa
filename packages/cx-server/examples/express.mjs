// Express 5 (`npm install express`): the receiver as middleware under /feedback-api. Mount it BEFORE any body parser
// (express.json() would consume the body the receiver reads and limits itself).
import express from 'express';
import { createFeedbackHandler, openStore, toNodeListener } from '@polku/cx-server';

const receiver = toNodeListener(
  createFeedbackHandler({ store: openStore(), basePath: '/feedback-api', readToken: process.env.POLKU_CX_READ_TOKEN }),
);

const app = express();
app.use('/feedback-api', (req, res) => {
  // Express strips the mount path from req.url; give the receiver the full path back.
  req.url = req.originalUrl;
  receiver(req, res);
});
app.use(express.json());
app.get('/', (_req, res) => res.send('my service'));
app.listen(8787);
