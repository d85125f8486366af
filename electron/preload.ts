// Exposes exactly one object to the page, window.api; never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { makeApi } from './bridge';
import { CHANNELS } from '../domain/contract';

contextBridge.exposeInMainWorld(
  'api',
  makeApi((channel, input) => ipcRenderer.invoke(channel, input), CHANNELS),
);
