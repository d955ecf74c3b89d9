import React, { useEffect, useRef, useState } from 'react';
export default DailyRhythm;
