import React, { useEffect, useRef, useState } from 'react';
import questionsAPI from '../../services/questions';
import './Teacher.css';
export default function TeacherQuestions() {
