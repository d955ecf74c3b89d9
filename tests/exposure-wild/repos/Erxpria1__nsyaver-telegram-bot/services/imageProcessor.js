const sharp = require('sharp');
const fs = require('fs');
const path = require('path');
      const axios = require('axios');
