import React, { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import classesAPI from '../../services/classes';
import './Teacher.css';
export default function TeacherAnalytics() {
