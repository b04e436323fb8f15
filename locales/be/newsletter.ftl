## newsletter
