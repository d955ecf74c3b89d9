import React, { useState, useEffect, useRef, useCallback } from 'react';
export default HowItHelps;
