import React, { useState, useEffect } from 'react';
export default TypewriterText;
