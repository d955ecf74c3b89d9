const { createCanvas } = require('canvas');
const fs = require('fs');
const path = require('path');
