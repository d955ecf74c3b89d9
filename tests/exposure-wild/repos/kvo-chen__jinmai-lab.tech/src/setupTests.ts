require('@testing-library/jest-dom');
const React = require('react');
  global.TextEncoder = require('util').TextEncoder;
  global.TextDecoder = require('util').TextDecoder;
// Mock import.meta.env for testing environment
if (typeof (global as any).import === 'undefined') {
  (global as any).import = {
