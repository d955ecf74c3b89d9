import React, { useState } from 'react';
import questionsAPI from '../../services/questions';
import './Student.css';
export default function StudentPractice() {
