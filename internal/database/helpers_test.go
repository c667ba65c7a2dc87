package database_test

import (
	"context"

	"github.com/verkosto/verkosto/internal/database"
)

func openURL(url string) (*database.DB, error) {
	db, err := database.Open(context.Background(), url)
	if err == nil {
		db.Close()
	}
	return db, err
}
